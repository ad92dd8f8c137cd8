namespace AeI.Crm.Notifications; internal static class Placeholder {}
