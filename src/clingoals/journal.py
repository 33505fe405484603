"""What a journal entry is, apart from where it is stored: its kinds. A note
or a review's reflection, or feedback received from a supervisor, a peer or
a client."""

FEEDBACK_KINDS = ("supervisor", "peer", "client")
KINDS = ("note", "reflection", *FEEDBACK_KINDS)
