using System.Reflection;
using System.Text.RegularExpressions;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Tests.Security;

/// <summary>One page handler of the app, found by reflection: its URL, verb, handler name and every value it binds.</summary>
public sealed record PageHandler(string Page, string Verb, string? Handler, bool HasIdRoute, string? Policy, IReadOnlyList<string> BoundNames)
{
    public string Url(string? id) =>
        (id is null ? Page : $"{Page}/{id}") + (Handler is null ? "" : $"?handler={Handler}");

    public override string ToString() => $"{Verb} {Page}{(Handler is null ? "" : "?handler=" + Handler)}";
}

public static partial class PageHandlers
{
    /// <summary>The literal part of an absolute @page route, before any {parameter}.</summary>
    [GeneratedRegex("""^@page\s+"(/[^"{]*?)/?(?:\{[^"]*)?"$""")]
    private static partial Regex AbsoluteRoute();

    private static readonly Type[] Simple = [typeof(string), typeof(int), typeof(long), typeof(bool), typeof(decimal), typeof(double), typeof(DateOnly), typeof(DateTime), typeof(TimeOnly)];

    /// <summary>Every handler of every Razor page in the app (enumerated, not listed by hand).</summary>
    public static IReadOnlyList<PageHandler> All { get; } = Find();

    private static List<PageHandler> Find()
    {
        var pagesRoot = Path.Combine(SourceRoot(), "src", "AeI.Crm.Web");
        var handlers = new List<PageHandler>();
        foreach (var model in typeof(Policies).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract))
        {
            var page = "/" + model.Namespace!.Replace("AeI.Crm.Web.Pages", "", StringComparison.Ordinal).TrimStart('.').Replace('.', '/') + "/" + model.Name[..^"Model".Length];
            page = page.Replace("//", "/", StringComparison.Ordinal);
            var cshtml = Path.Combine(pagesRoot, "Pages" + page.Replace('/', Path.DirectorySeparatorChar) + ".cshtml");
            var directive = File.ReadLines(cshtml).First();
            var hasId = directive.Contains("{id", StringComparison.Ordinal);
            // A page with a route of its own (@page "/Imports/Map/{id:int}") answers there, not at its file's path.
            if (AbsoluteRoute().Match(directive) is { Success: true } route)
            {
                page = route.Groups[1].Value;
            }

            var policy = model.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
            var properties = model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null).ToList();
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var match = HandlerName().Match(method.Name);
                if (!match.Success)
                {
                    continue;
                }

                var verb = match.Groups[1].Value.ToUpperInvariant();
                var handler = match.Groups[2].Value is { Length: > 0 } h ? h : null;
                var names = new List<string>();
                foreach (var property in properties.Where(p => verb == "POST" || p.GetCustomAttribute<BindPropertyAttribute>()!.SupportsGet))
                {
                    names.AddRange(Names(property.Name, property.PropertyType));
                }

                foreach (var parameter in method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<FromServicesAttribute>() is null))
                {
                    var prefix = parameter.GetCustomAttribute<BindAttribute>()?.Prefix ?? parameter.Name!;
                    names.AddRange(Names(prefix, parameter.ParameterType));
                }

                handlers.Add(new PageHandler(page == "/Index" ? "/" : page, verb, handler, hasId, policy, names.Distinct().ToList()));
            }
        }

        return handlers.OrderBy(h => h.Page, StringComparer.Ordinal).ThenBy(h => h.Verb, StringComparer.Ordinal).ThenBy(h => h.Handler, StringComparer.Ordinal).ToList();
    }

    /// <summary>The form names a type binds: itself when simple, else each of its settable properties, one level down.</summary>
    private static IEnumerable<string> Names(string prefix, Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(core) || (core.IsGenericType && core.GetGenericTypeDefinition() == typeof(List<>)))
        {
            yield return prefix;
            yield break;
        }

        foreach (var property in core.GetProperties().Where(p => p.CanWrite && p.SetMethod!.IsPublic))
        {
            yield return $"{prefix}.{property.Name}";
        }
    }

    private static bool IsSimple(Type type) => type.IsEnum || Simple.Contains(type);

    public static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AeI.Crm.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AeI.Crm.sln not found above the test folder.");
    }

    [GeneratedRegex("^On(Get|Post)(\\w*?)(Async)?$")]
    private static partial Regex HandlerName();
}
