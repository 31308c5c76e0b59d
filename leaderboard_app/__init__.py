"""Streamlit leaderboard app over a metricsdb store."""
