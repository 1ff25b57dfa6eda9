"""The extractor's modules hold hundreds of module-level patterns; one name given twice silently replaces the first."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parents[2] / "exodus" / "evidence").glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_module_level_name_is_defined_twice(module):
    names = Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []
