"""A JSON Patch (RFC 6902) between two JSON documents, for tools that speak it.

Objects are compared key by key; lists of objects with ids are matched by id (removals, moves and
additions in index terms, applied in order), other lists are replaced whole when they differ.
"""

from typing import Any

Patch = list[dict[str, Any]]


def json_patch(old: Any, new: Any, path: str = "") -> Patch:
    patch: Patch = []
    _diff(old, new, path, patch)
    return patch


def _diff(old: Any, new: Any, path: str, patch: Patch) -> None:
    if type(old) is not type(new):
        patch.append({"op": "replace", "path": path, "value": new})
    elif isinstance(old, dict):
        for key in old:
            if key not in new:
                patch.append({"op": "remove", "path": f"{path}/{_escape(key)}"})
        for key, value in new.items():
            if key not in old:
                patch.append({"op": "add", "path": f"{path}/{_escape(key)}", "value": value})
            else:
                _diff(old[key], value, f"{path}/{_escape(key)}", patch)
    elif isinstance(old, list):
        if old == new:
            return
        if _by_id(old) and _by_id(new):
            _diff_by_id(old, new, path, patch)
        else:
            patch.append({"op": "replace", "path": path, "value": new})
    elif old != new:
        patch.append({"op": "replace", "path": path, "value": new})


def _diff_by_id(old: list[dict[str, Any]], new: list[dict[str, Any]], path: str, patch: Patch) -> None:
    wanted = {item["id"] for item in new}
    working = [item for item in old]
    for index in reversed(range(len(working))):
        if working[index]["id"] not in wanted:
            patch.append({"op": "remove", "path": f"{path}/{index}"})
            del working[index]
    ids = [item["id"] for item in working]
    for index, item in enumerate(new):
        if index < len(ids) and ids[index] == item["id"]:
            _diff(working[index], item, f"{path}/{index}", patch)
        elif item["id"] in ids:
            current = ids.index(item["id"])
            patch.append({"op": "move", "from": f"{path}/{current}", "path": f"{path}/{index}"})
            ids.insert(index, ids.pop(current))
            working.insert(index, working.pop(current))
            _diff(working[index], item, f"{path}/{index}", patch)
        else:
            patch.append({"op": "add", "path": f"{path}/{index}", "value": item})
            ids.insert(index, item["id"])
            working.insert(index, item)


def _by_id(items: list[Any]) -> bool:
    return bool(items) and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
