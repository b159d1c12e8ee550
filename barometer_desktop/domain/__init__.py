"""Pure-Python domain rules of the barometer (standard library only).

No Qt, SQLAlchemy or sqlite here: storage, CLI and UI build on these rules,
and the rules stay testable without any of them.
"""
