#pragma once
// Runs tasks on worker threads and hands their results, in submission order, to one delivery
// function. The worker that completes the oldest pending task delivers it and every later one
// already done, one worker at a time: no writer thread to wake for each document.
//
// MEMORY: at most `window` tasks are in flight (queued, running or done but not yet delivered);
// submit() blocks while the window is full, so a 10,000-document run holds a few dozen
// documents at a time, and at most `byte_budget` bytes of submitted input wait (one task more
// when none waits), so that a window of huge stream lines cannot take the memory. A result is
// delivered as soon as it and all the earlier ones are done, which is what a line-by-line
// consumer of --stream needs: it never waits for input that has not come yet.
#include <condition_variable>
#include <cstdint>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "finex/result.h"

namespace finex::cli {

struct Processed {
  Result result;
  std::size_t bytes = 0;  // input size, for the throughput shown in the progress line
  std::string input;      // the document itself, kept only for writers that show it (html)
};

class OrderedPool {
 public:
  using Task = std::function<Processed()>;
  // Returns false to stop the run (the output is gone): later tasks are skipped.
  using Delivery = std::function<bool(Processed&&)>;

  OrderedPool(unsigned threads, std::size_t window, Delivery deliver,
              std::size_t byte_budget = SIZE_MAX);
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Blocks while the window or the byte budget is full; `bytes`: the input the task holds.
  // Returns false once the run has stopped.
  bool submit(Task task, std::size_t bytes = 0);
  // Waits until every submitted task has been delivered (or skipped after a stop).
  void finish();

 private:
  struct Slot {
    Task task;
    std::optional<Processed> done;
    std::size_t bytes = 0;
  };
  void work();
  // Delivers the done slots at the front, with the lock held on entry and on return.
  void deliver_ready(std::unique_lock<std::mutex>& lock);

  const std::size_t window_;
  const std::size_t byte_budget_;
  std::size_t bytes_ = 0;       // of the tasks in the window
  Delivery deliver_;
  std::mutex mutex_;
  std::condition_variable task_ready_, room_ready_;
  std::deque<Slot> slots_;      // front: the oldest undelivered task
  std::size_t front_seq_ = 0;   // sequence number of slots_.front()
  std::size_t next_seq_ = 0;    // next task for a worker to take
  bool closing_ = false;
  bool stopped_ = false;
  bool finished_ = false;
  bool delivering_ = false;  // a worker is delivering: the others leave it to them
  std::vector<std::thread> workers_;
};

}  // namespace finex::cli
