namespace AeI.Crm.Notifications.Mail;

/// <summary>What one delivery pass did: sent, refused for good, left for a retry, of unknown outcome.</summary>
public sealed record DeliveryResult(int Sent, int Failed, int Retrying, int Uncertain)
{
    public static DeliveryResult None { get; } = new(0, 0, 0, 0);

    /// <summary>Messages this pass tried and did not deliver.</summary>
    public int NotDelivered => Failed + Retrying + Uncertain;
}
