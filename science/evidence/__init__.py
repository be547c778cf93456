"""Evidence: drill holes, geochemistry, training points and the evidence stack on one grid."""
