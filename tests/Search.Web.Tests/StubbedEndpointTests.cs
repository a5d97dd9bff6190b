using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Search.Web.Tests;

/// <summary>
/// The parts of the page fed by endpoints that other work adds later (suggestions, related articles,
/// "did you mean"), checked against stubbed responses until those endpoints exist.
/// </summary>
public sealed class StubbedEndpointTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task SuggestionsCanBePickedWithTheKeyboard()
    {
        await Reader.Page.RouteAsync("**/api/suggest?*", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = """["jembatan gantung", "jembatan sungai lamo"]""",
        }));
        await Reader.OpenAsync("/");

        await Reader.SearchBox.PressSequentiallyAsync("jemb");

        var options = Reader.Page.GetByRole(AriaRole.Listbox, new() { Name = "Saran pencarian" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options).ToHaveTextAsync(["jembatan gantung", "jembatan sungai lamo"]);
        await Assertions.Expect(Reader.SearchBox).ToHaveAttributeAsync("aria-expanded", "true");

        await Reader.SearchBox.PressAsync("ArrowDown");
        await Reader.SearchBox.PressAsync("ArrowDown");
        await Assertions.Expect(Reader.SearchBox).ToHaveAttributeAsync("aria-activedescendant", "suggestion-1");
        await Reader.SearchBox.PressAsync("Enter");

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan\+sungai\+lamo$"));
        await Assertions.Expect(Reader.SearchBox).ToHaveValueAsync("jembatan sungai lamo");
        await Assertions.Expect(options).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RelatedReadingListsTheArticlesTheEndpointGives()
    {
        await Reader.Page.RouteAsync("**/api/articles/p1/related", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = """
                [{ "id": "p5", "title": "Gubernur tinjau jembatan yang retak", "source": "warta-harian.com", "published": "2025-05-08T09:15:00+07:00" },
                 { "id": "e3", "title": "Pembangunan jembatan dorong ekonomi desa", "source": "suarakota.id", "published": "2025-02-25T11:00:00+07:00" }]
                """,
        }));

        await Reader.OpenAsync("/?article=p1");

        var related = Reader.Page.GetByRole(AriaRole.Region, new() { Name = "Bacaan terkait" });
        await Assertions.Expect(related.Locator(".related-title")).ToHaveTextAsync(["Gubernur tinjau jembatan yang retak", "Pembangunan jembatan dorong ekonomi desa"]);
        await Assertions.Expect(related.Locator(".related-meta").First).ToHaveTextAsync("warta-harian.com · 8 Mei 2025");

        await related.GetByRole(AriaRole.Link, new() { Name = "Gubernur tinjau jembatan yang retak" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?article=p5$"));
        await Assertions.Expect(Reader.ArticleTitle).ToHaveTextAsync("Gubernur tinjau jembatan yang retak");
    }

    [Fact]
    public async Task DidYouMeanOffersTheSuggestedQuery()
    {
        await Reader.Page.RouteAsync("**/api/search?*", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!.AsObject();
            body["suggestion"] = "jembatan";
            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString(new JsonSerializerOptions()) });
        });

        await Reader.OpenAsync("/?q=jembatn");

        var didYouMean = Reader.Page.Locator("#did-you-mean");
        await Assertions.Expect(didYouMean).ToHaveTextAsync("Mungkin maksud Anda: jembatan");
        await didYouMean.GetByRole(AriaRole.Link, new() { Name = "jembatan" }).ClickAsync();
        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("5 artikel ditemukan");
        await Assertions.Expect(didYouMean).ToBeHiddenAsync();
    }
}
