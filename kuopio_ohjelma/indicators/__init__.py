"""Indicator series: latest value, change, trend, sparkline."""
