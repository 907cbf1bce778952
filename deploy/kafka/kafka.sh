#!/usr/bin/env bash
# Local single-node Apache Kafka broker in KRaft mode (no ZooKeeper, no Docker).
#
#   deploy/kafka/kafka.sh fetch    resolve the broker jars from Maven Central (cached)
#   deploy/kafka/kafka.sh start    format storage (first start) and start the broker, wait until it answers
#   deploy/kafka/kafka.sh stop     stop the broker started by this script (by its own PID)
#   deploy/kafka/kafka.sh status   exit 0 when our broker is running
#
# Environment:
#   KAFKA_LOCAL_PORT      client port (default 9092); the controller listens on port+1
#   KAFKA_LOCAL_DIR       runtime directory: config, data, logs, pid (default .cache/kafka-run-<port>)
#   KAFKA_HEAP_OPTS       JVM heap (default -Xms256m -Xmx512m)
#   KAFKA_START_TIMEOUT   seconds to wait for the broker to answer (default 90)
#   PYTHON                interpreter with kafka-python, used for the readiness probe (default .venv/bin/python)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")"
CACHE="$ROOT/.cache"
LIBS="$CACHE/kafka-$KAFKA_VERSION/libs"
PORT="${KAFKA_LOCAL_PORT:-9092}"
CONTROLLER_PORT="$((PORT + 1))"
RUN_DIR="${KAFKA_LOCAL_DIR:-$CACHE/kafka-run-$PORT}"
PID_FILE="$RUN_DIR/broker.pid"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3

log() { echo "kafka.sh: $*" >&2; }

fetch() {
  if [ -f "$LIBS/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || { log "Maven (mvn) is required to fetch Kafka $KAFKA_VERSION"; exit 2; }
  command -v java >/dev/null || { log "a Java runtime (17+) is required to run Kafka"; exit 2; }
  log "resolving Apache Kafka $KAFKA_VERSION from Maven Central into $LIBS"
  rm -rf "$LIBS" && mkdir -p "$LIBS"
  mvn -q -B -f "$HERE/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$LIBS"
  touch "$LIBS/.complete"
}

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

write_config() {
  mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs"
  cat > "$RUN_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$RUN_DIR/data
num.partitions=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
group.initial.rebalance.delay.ms=0
log.retention.hours=168
log.segment.bytes=67108864
num.network.threads=2
num.io.threads=2
PROPS
  cat > "$RUN_DIR/log4j.properties" <<'PROPS'
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=${kafka.logs.dir}/server.log
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
PROPS
}

java_cmd() {
  # shellcheck disable=SC2086
  java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$RUN_DIR/log4j.properties" -Dkafka.logs.dir="$RUN_DIR/logs" \
    -cp "$LIBS/*" "$@"
}

wait_ready() {
  local deadline=$(( $(date +%s) + ${KAFKA_START_TIMEOUT:-90} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! running; then
      log "broker exited during start-up; last log lines:"; tail -n 30 "$RUN_DIR/logs/server.log" >&2 || true
      return 1
    fi
    if "$PYTHON" "$HERE/wait_ready.py" "127.0.0.1:$PORT" 2>/dev/null; then return 0; fi
    sleep 1
  done
  log "broker did not answer on 127.0.0.1:$PORT within ${KAFKA_START_TIMEOUT:-90}s"
  return 1
}

start() {
  fetch
  if running; then log "already running (pid $(cat "$PID_FILE")) on 127.0.0.1:$PORT"; return 0; fi
  write_config
  if [ ! -f "$RUN_DIR/data/meta.properties" ]; then
    local cluster_id
    cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid)"
    java_cmd kafka.tools.StorageTool format -t "$cluster_id" -c "$RUN_DIR/server.properties" --ignore-formatted >/dev/null
  fi
  log "starting Kafka $KAFKA_VERSION (KRaft) on 127.0.0.1:$PORT"
  # setsid: the broker must not receive the Ctrl-C/SIGHUP of the shell that started it; we stop it by PID.
  setsid bash -c "exec java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -XX:+UseG1GC -Djava.awt.headless=true \
      -Dlog4j.configuration=file:$RUN_DIR/log4j.properties -Dkafka.logs.dir=$RUN_DIR/logs \
      -cp '$LIBS/*' kafka.Kafka $RUN_DIR/server.properties" \
      > "$RUN_DIR/logs/stdout.log" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  if wait_ready; then
    log "ready: bootstrap servers 127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
  else
    stop; exit 1
  fi
}

stop() {
  if ! running; then rm -f "$PID_FILE"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; log "stopped (pid $pid)"; return 0; }
    sleep 0.5
  done
  log "broker did not stop within 30s; killing pid $pid"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$PID_FILE")) on 127.0.0.1:$PORT"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 {fetch|start|stop|status}" >&2; exit 2 ;;
esac
