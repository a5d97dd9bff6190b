using Lucene.Net.Search;

namespace Search.Core.Discovery;

/// <summary>A ranked document standing for its near-duplicate group, with how many other copies the group holds.</summary>
internal readonly record struct CollapsedHit(ScoreDoc Hit, int Duplicates);
