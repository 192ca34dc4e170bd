"""Indicator series: numbers as editors write them, latest value, change, trend, sparkline."""
