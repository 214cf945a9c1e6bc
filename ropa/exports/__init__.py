"""Documents produced from a register: the JSON interchange format, the PDF register, the Excel
workbook (and its import) and the public privacy notice."""
