"""metricsdb: structured metric records from daily ML-paper reports."""
