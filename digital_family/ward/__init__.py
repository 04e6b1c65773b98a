"""The ward's measures: its settings (skill threshold, retention…), the indicators'
definitions and reference engine, and the live per-group tallies every write keeps."""
