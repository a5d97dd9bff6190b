using Microsoft.AspNetCore.Authorization;

namespace Search.Api.Security;

/// <summary>
/// The fallback requirement of endpoints that name no policy (search, articles): met by everyone unless
/// <see cref="SecurityOptions.RequireKeyForSearch"/>, then by any valid key. Checked by <see cref="SearchKeyHandler"/>.
/// </summary>
public sealed class SearchKeyRequirement : IAuthorizationRequirement;
