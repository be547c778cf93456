"""Logistics: access along roads and off road, and drill-programme planning."""
