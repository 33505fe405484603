"""Use cases: one function per thing a person does (add a goal, log progress,
the CE status of every license, the review digest...). Each takes an open
store and the clock's values (``today``, ``now``) and returns plain data, the
JSON that ``--json`` prints. No printing, prompting or Rich here; no SQL
either (reads are ``store.queries``, writes ``store.repository``). The CLI
and the interactive flows call these same functions. See STRUCTURE.md.
"""
