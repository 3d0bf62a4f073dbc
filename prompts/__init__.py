"""Prompt files, shipped as package data."""
