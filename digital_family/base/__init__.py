"""What every other package builds on: database, tables, settings, clock, paging, validation,
stored codes, the text catalogues (i18n) and the page paths."""
