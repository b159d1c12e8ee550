"""The public web barometer: a static folder built from the assembled snapshot. No Qt."""
