namespace AiSec.Playbooks.Notifications;

/// <summary>
/// A way to reach people (a Teams channel, a direct notice). The port playbooks notify through: channels are
/// registered in DI; with none registered, notices are still logged, audited and put on the timeline.
/// </summary>
public interface INoticeChannel
{
    string Name { get; }

    /// <summary>Delivers the notice or says why not; a channel that cannot reach its target returns Failed, never throws for it.</summary>
    Task<NoticeDelivery> SendAsync(IncidentNotice notice, CancellationToken cancellationToken);
}
