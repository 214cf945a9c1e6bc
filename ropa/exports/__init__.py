"""Documents produced from a register: the JSON interchange format (and later PDF, XLSX, notice)."""
