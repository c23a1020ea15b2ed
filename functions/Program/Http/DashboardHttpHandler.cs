using System.Text;
using AiSec.Program.Page;
using AiSec.Program.Report;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Program.Http;

/// <summary>The dashboard page (HTML) and its figures as JSON (the same as <c>aisec report --format json</c>).</summary>
public sealed class DashboardHttpHandler(ProgramReportBuilder builder)
{
    public async Task<ContentHttpResult> PageAsync(CancellationToken cancellationToken) =>
        TypedResults.Content(DashboardPage.Render(await builder.BuildAsync(cancellationToken)), "text/html; charset=utf-8", Encoding.UTF8);

    public async Task<ContentHttpResult> JsonAsync(CancellationToken cancellationToken) =>
        TypedResults.Content(ReportJson.Serialize(await builder.BuildAsync(cancellationToken)), "application/json; charset=utf-8", Encoding.UTF8);
}
