"""Reading Vietnamese timing phrases: tokens → grammar rules → drafts."""
