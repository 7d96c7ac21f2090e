#pragma once
namespace finex {
inline constexpr const char* version = "0.1.0";
}
