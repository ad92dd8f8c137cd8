namespace AeI.Crm.Activities;

public enum ActivityType
{
    Call = 1,
    Email = 2,
    VideoCall = 3,
    OnSiteVisit = 4,
    Event = 5,
}
