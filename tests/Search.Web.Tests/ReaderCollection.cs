namespace Search.Web.Tests;

/// <summary>The browser tests share one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReaderCollection : ICollectionFixture<ReaderFixture>
{
    public const string Name = "Reader in Chromium";
}
