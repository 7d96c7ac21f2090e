#pragma once
// Real-world fines (finex::Event) on a sink: JSON Lines, one event a line; CSV, one row an event
// with its documents in the last column; or an HTML page with a table of them.
#include <span>

#include "arguments.h"
#include "finex/aggregate.h"
#include "output_sink.h"

namespace finex::cli {

void write_events(std::span<const Event> events, Format format, OutputSink& out);

}  // namespace finex::cli
