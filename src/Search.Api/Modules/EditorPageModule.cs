using Carter;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Search.Api.Modules;

/// <summary>
/// The editor workspace at <c>/editor</c>: <c>wwwroot/editor.html</c>, a page (not an API), so it is left out
/// of the OpenAPI document. <c>/editor/</c> redirects to <c>/editor</c> so that the page's relative asset
/// links resolve against the site root.
/// </summary>
public sealed class EditorPageModule : ICarterModule
{
    private const string PageFile = "editor.html";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/editor", Page)
            .WithName("EditorWorkspace")
            .ExcludeFromDescription();
    }

    private static Results<FileStreamHttpResult, RedirectHttpResult, NotFound> Page(HttpRequest request, IWebHostEnvironment environment)
    {
        if (request.Path.Value?.EndsWith('/') == true)
        {
            return TypedResults.Redirect($"{request.PathBase}/editor{request.QueryString}");
        }
        var file = environment.WebRootFileProvider.GetFileInfo(PageFile);
        return file.Exists
            ? TypedResults.File(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified)
            : TypedResults.NotFound();
    }
}
