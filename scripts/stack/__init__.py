"""The production-like stack (`make stack`), its end-to-end check, the fault suite."""
