using System.Globalization;
using Entente.Application;

namespace Entente.Web;

/// <summary>Where a run the client asked to save went: a <c>Location</c> to it, or a warning saying why it was not saved.</summary>
internal static class SavedRuns
{
    public static void Tell(HttpResponse response, SavedRun? saved)
    {
        if (saved is null)
        {
            return;
        }
        if (saved.Id is { } id)
        {
            response.Headers.Location = $"/api/runs/{id.ToString(CultureInfo.InvariantCulture)}";
            response.Headers["Entente-Run-Id"] = id.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Documents.Warn(response, [$"the run was not saved: {saved.Error}"]);
        }
    }
}
