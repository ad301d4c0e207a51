"""`kh-ical import`: a plan's appendix document → data/tasks.json and a review report.

formats.py picks a reader by extension (docx_reader, xlsx_reader, csv_reader,
pdf_reader: each gives a grid.SourceDocument, merged cells resolved); table.py
turns rows into sections and tasks with the words of rules.py, the same for
every format; title.py reads the plan's number and date; proposals.py and
review.py say what the registries lack and which timing cells the resolver
cannot read; importer.py writes the files and report.py says what to review.
Only `kh-ical import` loads this package (and each reader's library only for
its own format).
"""
