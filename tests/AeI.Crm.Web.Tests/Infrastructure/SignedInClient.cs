using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using System.Text.RegularExpressions;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>An HTTP client with a session cookie that posts forms the way a browser does (with the antiforgery token).</summary>
public sealed partial class SignedInClient(HttpClient http, CookieContainerHandler? cookies = null) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>The cookies this client would send, as a Cookie header (to replay them elsewhere).</summary>
    public string CookieHeader() =>
        cookies?.Container.GetCookieHeader(Http.BaseAddress!) ?? throw new InvalidOperationException("This client does not keep its cookies in view.");

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await Http.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = Token().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>An antiforgery token for this client's session, from the sign-out form every page has.</summary>
    public async Task<string> AntiforgeryTokenAsync(string page = "/Account/Password")
    {
        var html = await Http.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>Posts exactly these fields (and the token), without loading a form first.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string action, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
