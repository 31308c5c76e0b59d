"""`quick_init`: a faster `__init__` for the frozen, slotted dataclasses a pass builds by the thousand
(mentions, claims, quantities, sentences, readings).

The `__init__` that `dataclass(frozen=True)` writes sets each field through `object.__setattr__`
(the way round its own frozen `__setattr__`), a builtin looked up and called with the field's name per
field; this one calls each slot's own setter, looked up once. The signature, the defaults and the
default factories are the dataclass's, and the instance stays frozen (assigning a field still raises).
"""
from __future__ import annotations

from dataclasses import MISSING, fields


def quick_init(cls: type) -> type:
    """Give a frozen dataclass with slots (`@dataclass(frozen=True, slots=True)`, applied first) the
    faster `__init__`; a field it cannot set the same way (init=False, keyword-only) is refused."""
    spec = getattr(cls, "__dataclass_params__", None)
    if spec is None or not spec.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with slots and no __post_init__")
    scope: dict = {"_MISSING": MISSING}
    params, body = [], []
    for f in fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init sets positional init fields only")
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        value = f.name
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            value = f"_factory_{f.name}() if {f.name} is _MISSING else {f.name}"
        else:
            params.append(f.name)
        body.append(f"_set_{f.name}(self, {value})")
    exec(f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls
