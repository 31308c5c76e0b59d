"""`python -m metricsdb` runs the `metricsdb` command (for environments without the console script)."""
from .cli import main

main()
