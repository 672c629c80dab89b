# Sourced: the services of the system and their HTTP ports (env COVENANTS_PORT, PRESS_PORT).
declare -A SERVICE_PORTS=(
  [covenants]="${COVENANTS_PORT:-3101}"
  [press]="${PRESS_PORT:-3105}"
)
export COVENANTS_PORT="${SERVICE_PORTS[covenants]}" PRESS_PORT="${SERVICE_PORTS[press]}"
