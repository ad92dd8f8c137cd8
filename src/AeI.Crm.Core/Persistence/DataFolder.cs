namespace AeI.Crm.Persistence;

/// <summary>
/// Makes the data folder ready before anything opens it: created, writable, and readable by the
/// app's own user only (folders 0700, database and key files 0600), since it holds special-category data.
/// </summary>
public static class DataFolder
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var folder = storage.DataPath;
        try
        {
            CreateOwnerOnly(folder);
            CreateOwnerOnly(Path.GetDirectoryName(storage.DatabasePath)!);
            var probe = Path.Combine(folder, ".write-test-" + Environment.ProcessId);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            CreateOwnerOnly(storage.KeysPath);
            RestrictFiles(storage);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new StartupRefusedException(
                $"Impossibile usare la cartella dati «{folder}»: l'utente «{Environment.UserName}» deve poterla creare e scriverci ({ex.Message}). / " +
                $"Cannot use the data folder '{folder}': user '{Environment.UserName}' needs permission to create it and write in it.", ex);
        }
    }

    /// <summary>
    /// Database, its -wal and -shm files and the key files: owner only. Called again once the
    /// database exists (SQLite creates it with the default mode inside the owner-only folder).
    /// </summary>
    public static void RestrictFiles(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        foreach (var file in new[] { storage.DatabasePath, storage.DatabasePath + "-wal", storage.DatabasePath + "-shm" })
        {
            RestrictFile(file);
        }

        if (Directory.Exists(storage.KeysPath))
        {
            foreach (var key in Directory.EnumerateFiles(storage.KeysPath))
            {
                RestrictFile(key);
            }
        }
    }

    private static void CreateOwnerOnly(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, OwnerFolder);
        File.SetUnixFileMode(folder, OwnerFolder);
    }

    private static void RestrictFile(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file))
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }
}
