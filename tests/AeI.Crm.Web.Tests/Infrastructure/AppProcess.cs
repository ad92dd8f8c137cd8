using System.Diagnostics;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>The app started as an operator starts it: its own process, Production, no launch profile.</summary>
public static class AppProcess
{
    public static ProcessStartInfo StartInfo(string dataFolder, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AeI.Crm.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
