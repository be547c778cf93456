"""Desktop side of Lodestone: styles, project layers, the workflow dialog and the demo map."""
