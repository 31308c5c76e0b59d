"""Rule-based extraction: papers -> clauses -> quantities -> entities -> records."""
