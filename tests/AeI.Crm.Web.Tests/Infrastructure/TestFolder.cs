namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>A temporary data folder of a test installation.</summary>
public static class TestFolder
{
    public static string New(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));

    /// <summary>Deletes it once SQLite has let go of its files; what a slow machine still holds is left to the OS.</summary>
    public static void Delete(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Never created, or a file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}
