"""Generic form code: the inputs of a form, saving its edits as commands, a form of fields."""
