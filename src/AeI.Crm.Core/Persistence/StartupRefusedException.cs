namespace AeI.Crm.Persistence;

/// <summary>The installation cannot start as configured; the message says why in one line, for the operator.</summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException()
    {
    }

    public StartupRefusedException(string message)
        : base(message)
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
