using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// The reverse proxies (nginx, a load balancer) whose X-Forwarded-For/-Proto headers the app trusts.
/// None by default: headers from anyone else are ignored, so nobody can pretend to be HTTPS or
/// another address. See docs/operations.md.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of trusted proxies, e.g. "127.0.0.1" or "::1".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

public static class ForwardedHeadersSetup
{
    public static IApplicationBuilder UseCrmForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var proxy = app.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxy.KnownProxies.Count == 0 && proxy.KnownNetworks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(address));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return app.UseForwardedHeaders(options);
    }
}
