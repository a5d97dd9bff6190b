namespace Search.Api.Contracts;

/// <summary>A facet value and how many matching articles carry it.</summary>
public sealed record FacetValueResponse(string Value, int Count);
