"""Admin: analytics, user management and the audit log."""
