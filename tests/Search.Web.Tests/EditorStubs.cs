using System.Globalization;
using System.Text.Json;
using System.Web;
using Search.Core.Articles;

namespace Search.Web.Tests;

/// <summary>
/// Stand-ins for the endpoints the editor uses while other work builds them (POST api/related,
/// POST api/analyze, GET api/timeline), answering in the agreed shapes from <see cref="FixtureArticles"/>;
/// and a missing endpoint, answered with the 404 problem an unknown route gets.
/// </summary>
public static class EditorStubs
{
    public const string RelatedRoute = "**/api/related";
    public const string AnalyzeRoute = "**/api/analyze";
    public const string TimelineRoute = "**/api/timeline?*";

    /// <summary>POST api/related answers these articles in this order; returns the request bodies it received.</summary>
    public static async Task<List<JsonElement>> RelatedAsync(IPage page, string[] ids, string[]? persons = null, string? topic = null)
    {
        var requests = new List<JsonElement>();
        await page.RouteAsync(RelatedRoute, route =>
        {
            requests.Add(JsonDocument.Parse(route.Request.PostData ?? "null").RootElement.Clone());
            return FulfillJsonAsync(route, new
            {
                persons = persons ?? [],
                topic,
                size = 10,
                tookMs = 3,
                hits = ids.Select((id, rank) => Related(Find(id), rank)).ToArray(),
            });
        });
        return requests;
    }

    /// <summary>POST api/analyze answers the given body; returns the request bodies it received.</summary>
    public static async Task<List<JsonElement>> AnalyzeAsync(IPage page, object analysis)
    {
        var requests = new List<JsonElement>();
        await page.RouteAsync(AnalyzeRoute, route =>
        {
            requests.Add(JsonDocument.Parse(route.Request.PostData ?? "null").RootElement.Clone());
            return FulfillJsonAsync(route, analysis);
        });
        return requests;
    }

    /// <summary>The analysis of <see cref="EditorPage.DraftBody"/>: Rina Halim mentioned most, one organisation, one place, politik.</summary>
    public static object DraftAnalysis { get; } = new
    {
        persons = new object[]
        {
            new { name = "Agus Wiranata", aliases = new[] { "Agus" }, mentions = 1 },
            new { name = "Rina Halim", aliases = new[] { "Rina", "Gubernur Rina Halim" }, mentions = 3 },
        },
        orgs = new object[] { new { name = "DPRD Lamo", aliases = Array.Empty<string>(), mentions = 1 } },
        places = new object[] { new { name = "Sungai Lamo", aliases = Array.Empty<string>(), mentions = 1 } },
        topic = "politik",
        topicScores = new Dictionary<string, double> { ["politik"] = 0.82, ["ekonomi"] = 0.31, ["olahraga"] = 0.02 },
    };

    /// <summary>
    /// GET api/timeline answers the person's fixture articles per Jakarta month, from the first to the last
    /// month with any (empty months included), each with its first article as the top one; returns the query strings it received.
    /// </summary>
    public static async Task<List<string>> TimelineAsync(IPage page)
    {
        var requests = new List<string>();
        await page.RouteAsync(TimelineRoute, route =>
        {
            var query = new Uri(route.Request.Url).Query;
            requests.Add(query);
            var person = HttpUtility.ParseQueryString(query)["person"] ?? "";
            return FulfillJsonAsync(route, Timeline(person));
        });
        return requests;
    }

    /// <summary>Every request matching <paramref name="glob"/> gets the 404 problem of a route the server does not have.</summary>
    public static Task MissingAsync(IPage page, string glob) => page.RouteAsync(glob, route => route.FulfillAsync(new()
    {
        Status = 404,
        ContentType = "application/problem+json",
        Body = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found","status":404}""",
    }));

    private static object Timeline(string person)
    {
        var articles = FixtureArticles.All
            .Where(a => a.Persons.Contains(person, StringComparer.OrdinalIgnoreCase))
            .OrderBy(a => a.Published)
            .ToList();
        var buckets = new List<object>();
        if (articles.Count > 0)
        {
            for (var month = MonthOf(articles[0]); month <= MonthOf(articles[^1]); month = month.AddMonths(1))
            {
                var inMonth = articles.Where(a => MonthOf(a) == month).ToList();
                buckets.Add(new
                {
                    key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    start = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    count = inMonth.Count,
                    top = inMonth.Count == 0 ? null : Reference(inMonth[0]),
                });
            }
        }
        return new { query = "", interval = "month", total = articles.Count, tookMs = 2, buckets };
    }

    /// <summary>The first day of the article's month on the Jakarta calendar (the fixture's offsets are all +07:00).</summary>
    private static DateOnly MonthOf(Article article) => new(article.Published.Year, article.Published.Month, 1);

    private static Article Find(string id) => FixtureArticles.All.Single(a => a.Id == id);

    private static object Reference(Article a) => new
    {
        id = a.Id,
        title = a.Title,
        url = a.Url,
        source = a.Source,
        published = a.Published,
        topic = a.Category?.ToLowerInvariant(),
        persons = a.Persons,
    };

    private static object Related(Article a, int rank) => new
    {
        id = a.Id,
        title = a.Title,
        url = a.Url,
        source = a.Source,
        published = a.Published,
        topic = a.Category?.ToLowerInvariant(),
        persons = a.Persons,
        score = Math.Round(1.0 / (rank + 1), 3),
        duplicates = 0,
        sharedEntities = a.Persons.Where(p => p is "Rina Halim" or "Agus Wiranata").ToArray(),
    };

    private static Task FulfillJsonAsync(IRoute route, object body) => route.FulfillAsync(new()
    {
        ContentType = "application/json; charset=utf-8",
        Body = JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
    });
}
